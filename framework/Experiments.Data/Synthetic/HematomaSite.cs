namespace Experiments.Data.Synthetic;

/// <summary>Where a spontaneous hematoma sits: the common sites of hypertensive bleeds.</summary>
public enum HematomaSite
{
    BasalGanglia,
    Thalamus,
    Lobar,
}
