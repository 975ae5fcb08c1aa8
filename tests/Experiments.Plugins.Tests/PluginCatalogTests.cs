using Experiments.Contracts.Components;
using Experiments.Plugins.Catalog;
using Experiments.Testing;
using Microsoft.Extensions.Logging.Abstractions;

namespace Experiments.Plugins.Tests;

public sealed class PluginCatalogTests
{
    [Fact]
    public void The_fixture_plugin_is_discovered_with_kind_name_version_and_options()
    {
        var catalog = PluginHost.Load([FixturePlugins.Fixture], NullLogger.Instance);

        Assert.Empty(catalog.Failures);
        Assert.Equal(
            [(ComponentKind.Preprocessor, "fixed-grid"), (ComponentKind.Architecture, "tiny-two-task-net"),
             (ComponentKind.LossWeighting, "weighted-sum")],
            catalog.Components.Select(component => (component.Kind, component.Name)));
        var network = catalog.Components.Single(component => component.Name == "tiny-two-task-net");
        Assert.Equal("1.2.3", network.Version);
        Assert.Equal("FixturePlugin.dll", network.AssemblyName);
        Assert.Equal(
            [new OptionDescriptor("width", "integer", "4", false, "Feature channels of the shared convolution."),
             new OptionDescriptor(
                 "classifier_task", "string", "expansion", false, "Name of the case-level classification task.")],
            network.Options);
    }

    [Fact]
    public void Two_plugins_defining_one_name_are_refused_with_both_assemblies_named()
    {
        var catalog = PluginHost.Load([FixturePlugins.Fixture, FixturePlugins.Clashing], NullLogger.Instance);

        var clash = Assert.Single(catalog.Failures);
        Assert.Contains("architecture 'tiny-two-task-net' is defined by more than one plugin", clash.Reason);
        Assert.Contains(FixturePlugins.FixtureAssembly, clash.Reason);
        Assert.Contains(FixturePlugins.ClashingAssembly, clash.Reason);
        Assert.DoesNotContain(catalog.Components, component => component.Name == "tiny-two-task-net");
        Assert.Contains(catalog.Components, component => component.Name == "weighted-sum");
    }

    [Fact]
    public void A_corrupt_plugin_file_is_reported_and_skipped_while_the_others_still_load()
    {
        using var folder = new TemporaryFolder();
        var broken = Path.Combine(folder.Path, "Broken", "Broken.dll");
        Directory.CreateDirectory(Path.GetDirectoryName(broken)!);
        File.WriteAllBytes(broken, [0x4d, 0x5a, 0xde, 0xad, 0xbe, 0xef, 0x00, 0x01, 0x02, 0x03]);

        var catalog = PluginHost.Load([new(folder.Path, "test"), FixturePlugins.Fixture], NullLogger.Instance);

        var failure = Assert.Single(catalog.Failures);
        Assert.Equal(broken, failure.File);
        Assert.False(string.IsNullOrWhiteSpace(failure.Reason));
        Assert.Equal(3, catalog.Components.Count);
    }

    [Fact]
    public void A_missing_plugin_folder_is_reported_with_who_named_it()
    {
        var missing = Path.Combine(Path.GetTempPath(), "no-such-plugin-folder-" + Guid.NewGuid().ToString("N"));

        var catalog = PluginHost.Load([new(missing, "EXPERIMENTS_PLUGIN_PATH")], NullLogger.Instance);

        var failure = Assert.Single(catalog.Failures);
        Assert.Equal(missing, failure.File);
        Assert.Equal("plugin folder does not exist (named by EXPERIMENTS_PLUGIN_PATH)", failure.Reason);
    }
}
