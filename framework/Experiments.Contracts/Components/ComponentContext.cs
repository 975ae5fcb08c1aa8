using Microsoft.Extensions.Logging;

namespace Experiments.Contracts.Components;

/// <summary>What the host hands a component when it creates one.</summary>
public sealed record ComponentContext(ILoggerFactory LoggerFactory, int Seed);
