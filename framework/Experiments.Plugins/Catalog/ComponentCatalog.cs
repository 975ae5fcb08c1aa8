using System.Reflection;
using Experiments.Configuration.Binding;
using Experiments.Configuration.Problems;
using Experiments.Configuration.Schema;
using Experiments.Contracts.Components;

namespace Experiments.Plugins.Catalog;

/// <summary>
/// The components of the loaded plugins by kind and name. A name that two plugins both define
/// belongs to neither: it is listed as a failure naming both assemblies, and using it is an error.
/// </summary>
public sealed class ComponentCatalog : IComponentCatalog
{
    private readonly IReadOnlyDictionary<(ComponentKind, string), IReadOnlyList<ComponentDescriptor>> _byName;

    public ComponentCatalog(IEnumerable<ComponentDescriptor> discovered, IEnumerable<PluginFailure> failures)
    {
        _byName = discovered
            .GroupBy(component => (component.Kind, component.Name))
            .ToDictionary(group => group.Key, group => (IReadOnlyList<ComponentDescriptor>)group.ToList());
        Components = _byName.Values.Where(group => group.Count == 1).Select(group => group[0])
            .OrderBy(component => component.Kind).ThenBy(component => component.Name, StringComparer.Ordinal)
            .ToList();
        Failures = [.. failures, .. _byName.Values.Where(group => group.Count > 1).Select(DescribeClash)];
    }

    public IReadOnlyList<ComponentDescriptor> Components { get; }

    public IReadOnlyList<PluginFailure> Failures { get; }

    public CreatedComponent<T>? Create<T>(ComponentConfig config, ComponentContext context, ProblemCollector problems)
        where T : class
    {
        var descriptor = Find(ComponentKinds.KindOf(typeof(T)), config, problems);
        if (descriptor is null)
        {
            return null;
        }

        var problemsBefore = problems.Count;
        var options = BindOptions(descriptor, config, problems);
        if (problems.Count != problemsBefore)
        {
            return null;
        }

        var instance = Construct(descriptor, options, context, config, problems);
        return instance is null ? null : new CreatedComponent<T>((T)instance, options, descriptor);
    }

    private ComponentDescriptor? Find(ComponentKind kind, ComponentConfig config, ProblemCollector problems)
    {
        var kindName = ComponentKinds.Describe(kind);
        if (!_byName.TryGetValue((kind, config.Name), out var candidates))
        {
            var names = _byName.Keys.Where(key => key.Item1 == kind).Select(key => key.Item2).Order().ToList();
            problems.AddUnknownName(config.NameNode, config.Path + ".name", kindName, config.Name, names);
            return null;
        }

        if (candidates.Count > 1)
        {
            problems.Add(config.NameNode, config.Path + ".name",
                $"{kindName} '{config.Name}' is defined by more than one plugin: " +
                string.Join(" and ", candidates.Select(candidate => candidate.AssemblyPath)),
                "a name only one plugin defines (remove one of the plugins)");
            return null;
        }

        return candidates[0];
    }

    private static object? BindOptions(
        ComponentDescriptor descriptor, ComponentConfig config, ProblemCollector problems)
    {
        if (descriptor.OptionsType is { } optionsType)
        {
            return new ConfigBinder(problems, config.Options.Location.BaseDirectory)
                .Bind(config.Options, optionsType, config.Path);
        }

        foreach (var entry in config.Options.Entries)
        {
            problems.AddUnknownName(entry.Key, $"{config.Path}.{entry.Name}", $"option ('{config.Name}' takes none)",
                entry.Name, []);
        }

        return null;
    }

    private static object? Construct(
        ComponentDescriptor descriptor, object? options, ComponentContext context, ComponentConfig config,
        ProblemCollector problems)
    {
        var arguments = descriptor.Constructor.GetParameters()
            .Select(parameter => parameter.ParameterType == typeof(ComponentContext) ? context : options)
            .ToArray();
        try
        {
            return descriptor.Constructor.Invoke(arguments);
        }
        catch (TargetInvocationException exception) when (exception.InnerException is { } refusal)
        {
            problems.Add(config.NameNode, config.Path,
                $"{ComponentKinds.Describe(descriptor.Kind)} '{descriptor.Name}' refused its options: " +
                refusal.Message,
                "options the component accepts (see `experiments plugins`)");
            return null;
        }
    }

    private static PluginFailure DescribeClash(IReadOnlyList<ComponentDescriptor> clash) =>
        new(clash[0].AssemblyPath,
            $"{ComponentKinds.Describe(clash[0].Kind)} '{clash[0].Name}' is defined by more than one plugin: " +
            string.Join(" and ", clash.Select(component => component.AssemblyPath)) +
            "; the name is unusable until only one plugin defines it");
}
