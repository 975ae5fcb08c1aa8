namespace Experiments.Contracts.Components;

/// <summary>The extension points a plugin component can fill.</summary>
public enum ComponentKind
{
    Preprocessor,
    Augmenter,
    Architecture,
    LossWeighting,
}
