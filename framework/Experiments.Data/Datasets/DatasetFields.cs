namespace Experiments.Data.Datasets;

/// <summary>The keys of a dataset file, shared by its reader and writer.</summary>
public static class DatasetFields
{
    public const string Name = "name";
    public const string Description = "description";
    public const string Training = "training";
    public const string Validation = "validation";
    public const string Test = "test";

    public const string Id = "id";
    public const string Image = "image";
    public const string Hematoma = "hematoma";
    public const string FollowupHematoma = "followup_hematoma";
    public const string Expansion = "expansion";
    public const string OnsetToCtHours = "onset_to_ct_hours";
    public const string Markers = "markers";

    public const string Hypodensity = "hypodensity";
    public const string BlackHole = "black_hole";
    public const string Swirl = "swirl";
    public const string Blend = "blend";
    public const string FluidLevel = "fluid_level";
    public const string IrregularShape = "irregular_shape";

    public static IReadOnlyList<string> RootKeys { get; } = [Name, Description, Training, Validation, Test];

    public static IReadOnlyList<string> CaseKeys { get; } =
        [Id, Image, Hematoma, FollowupHematoma, Expansion, OnsetToCtHours, Markers];

    public static IReadOnlyList<string> MarkerKeys { get; } =
        [Hypodensity, BlackHole, Swirl, Blend, FluidLevel, IrregularShape];

    public static string ListKey(DatasetListName list) => list switch
    {
        DatasetListName.Training => Training,
        DatasetListName.Validation => Validation,
        DatasetListName.Test => Test,
        _ => throw new ArgumentOutOfRangeException(nameof(list), list, "Unknown dataset list."),
    };
}
