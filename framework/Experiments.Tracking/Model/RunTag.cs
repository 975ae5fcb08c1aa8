namespace Experiments.Tracking.Model;

/// <summary>A run or experiment tag; unlike a parameter, a tag may be overwritten.</summary>
public sealed record RunTag(string Key, string Value);
