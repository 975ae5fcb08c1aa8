using System.Reflection;
using Experiments.Configuration.Binding;
using Experiments.Configuration.Writing;
using Experiments.Contracts.Components;
using Experiments.Plugins.Catalog;

namespace Experiments.Plugins.Loading;

/// <summary>
/// Finds the <see cref="ComponentAttribute"/> classes of a loaded plugin assembly and checks each
/// can be created: it implements its kind's interface and has one public constructor taking only
/// its options class and/or a <see cref="ComponentContext"/>.
/// </summary>
public static class ComponentInspector
{
    public static (IReadOnlyList<ComponentDescriptor> Components, IReadOnlyList<PluginFailure> Failures) Inspect(
        Assembly assembly, string path)
    {
        var components = new List<ComponentDescriptor>();
        var failures = new List<PluginFailure>();
        var version = VersionOf(assembly);
        foreach (var type in ExportedTypes(assembly, path))
        {
            if (type.GetCustomAttribute<ComponentAttribute>() is not { } attribute)
            {
                continue;
            }

            var problem = CheckShape(type, attribute.Kind);
            if (problem is not null)
            {
                failures.Add(new PluginFailure(path, $"component class {type.FullName}: {problem}"));
                continue;
            }

            try
            {
                components.Add(Describe(type, attribute, version, path));
            }
            catch (TargetInvocationException exception) when (exception.InnerException is { } cause)
            {
                failures.Add(new PluginFailure(
                    path, $"component class {type.FullName}: its options class cannot be created: {cause.Message}"));
            }
        }

        return (components, failures);
    }

    private static Type[] ExportedTypes(Assembly assembly, string path)
    {
        try
        {
            return assembly.GetExportedTypes();
        }
        catch (Exception exception) when (exception is ReflectionTypeLoadException or FileNotFoundException
                                              or FileLoadException or TypeLoadException)
        {
            var reasons = exception is ReflectionTypeLoadException typeLoad
                ? string.Join("; ", typeLoad.LoaderExceptions.Select(inner => inner?.Message).Distinct())
                : exception.Message;
            throw new PluginLoadException(path, "its types cannot be loaded: " + reasons, exception);
        }
    }

    private static string? CheckShape(Type type, ComponentKind kind)
    {
        var expected = ComponentKinds.InterfaceOf(kind);
        if (type.IsAbstract || !expected.IsAssignableFrom(type))
        {
            return $"marked as {ComponentKinds.Describe(kind)} but is not a concrete {expected.Name}";
        }

        var constructors = type.GetConstructors();
        if (constructors.Length != 1)
        {
            return $"has {constructors.Length} public constructors; a component needs exactly one";
        }

        var parameters = constructors[0].GetParameters();
        var options = parameters.Where(parameter => parameter.ParameterType != typeof(ComponentContext)).ToList();
        if (options.Count > 1 || options.Any(parameter => !IsOptionsClass(parameter.ParameterType)))
        {
            return "its constructor may take only an options class (public, with a parameterless constructor) " +
                   "and a ComponentContext";
        }

        return null;
    }

    private static bool IsOptionsClass(Type type) =>
        type.IsClass && !type.IsAbstract && type.GetConstructor(Type.EmptyTypes) is not null;

    private static ComponentDescriptor Describe(Type type, ComponentAttribute attribute, string version, string path)
    {
        var constructor = type.GetConstructors()[0];
        var optionsType = constructor.GetParameters()
            .Select(parameter => parameter.ParameterType)
            .FirstOrDefault(parameterType => parameterType != typeof(ComponentContext));
        return new ComponentDescriptor(
            attribute.Kind, attribute.Name, version, path, attribute.Description, type, optionsType, constructor,
            optionsType is null ? [] : DescribeOptions(optionsType));
    }

    private static IReadOnlyList<OptionDescriptor> DescribeOptions(Type optionsType)
    {
        var defaults = Activator.CreateInstance(optionsType);
        return OptionProperties.Of(optionsType)
            .Select(property => new OptionDescriptor(
                property.Key,
                TypeDescriptions.Name(property.Type),
                property.IsRequired ? "required" : ValueText.Format(property.Property.GetValue(defaults)),
                property.IsRequired,
                property.Description))
            .ToList();
    }

    private static string VersionOf(Assembly assembly) =>
        assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? assembly.GetName().Version?.ToString()
        ?? "unversioned";
}
