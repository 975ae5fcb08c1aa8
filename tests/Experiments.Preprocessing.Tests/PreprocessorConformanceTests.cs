using System.ComponentModel;
using System.Reflection;
using Experiments.Contracts.Components;
using Experiments.Contracts.Preprocessing;
using Experiments.Imaging;
using Experiments.Imaging.Geometry;

namespace Experiments.Preprocessing.Tests;

/// <summary>What every preprocessor must do, checked for each one on the case it sees in the pipeline.</summary>
public sealed class PreprocessorConformanceTests
{
    [Theory]
    [MemberData(nameof(Preprocessors.Names), MemberType = typeof(Preprocessors))]
    public void Is_a_named_component_with_one_constructor_and_described_options(string typeName)
    {
        var (step, _) = Preprocessors.WithInput(typeName);
        var type = step.GetType();

        var component = type.GetCustomAttribute<ComponentAttribute>();
        Assert.NotNull(component);
        Assert.Equal(ComponentKind.Preprocessor, component.Kind);
        Assert.Matches("^[a-z0-9]+(-[a-z0-9]+)*$", component.Name);
        var constructor = Assert.Single(type.GetConstructors());
        foreach (var parameter in constructor.GetParameters().Where(p => p.ParameterType != typeof(ComponentContext)))
        {
            Assert.NotNull(Activator.CreateInstance(parameter.ParameterType));
            Assert.All(parameter.ParameterType.GetProperties(),
                p => Assert.False(string.IsNullOrWhiteSpace(p.GetCustomAttribute<DescriptionAttribute>()?.Description)));
        }
    }

    [Theory]
    [MemberData(nameof(Preprocessors.Names), MemberType = typeof(Preprocessors))]
    public void Output_matches_the_declared_shape_and_leaves_the_input_untouched(string typeName)
    {
        var (step, input) = Preprocessors.WithInput(typeName);
        var before = input.Image.Voxels.ToArray();
        var declared = step.DescribeOutput(new PipelineShape(null, input.Masks.Keys.ToHashSet()));

        var output = step.Apply(input);

        Assert.Equal(input.Id, output.Id);
        Assert.Equal(before, input.Image.Voxels);
        Assert.True(declared.Masks.SetEquals(output.Masks.Keys));
        if (declared.Size is { } size)
        {
            Assert.Equal(size, output.Image.Size);
        }

        Assert.All(output.Image.Voxels, v => Assert.True(float.IsFinite(v)));
        foreach (var mask in output.Masks.Values)
        {
            Assert.Equal(output.Image.Size, mask.Size);
            Assert.Equal(0, mask.Geometry.MaxAffineDifference(output.Image.Geometry));
            Assert.All(mask.Voxels, v => Assert.True(v is 0 or 1));
        }

        Assert.Equal(output.Image.Voxels, step.Apply(input).Image.Voxels);
    }

    [Theory]
    [MemberData(nameof(Preprocessors.Names), MemberType = typeof(Preprocessors))]
    public void A_mask_on_another_grid_fails_the_case_by_name(string typeName)
    {
        var (step, input) = Preprocessors.WithInput(typeName);
        var image = input.Image;
        var shifted = image.Geometry with { Origin = image.Geometry.Origin + new Vector3D(0, 0, 2.5) };
        var mask = new Volume(image.Size, shifted, input.Masks["hematoma"].Voxels);

        var error = Assert.Throws<CaseException>(() => step.Apply(input.WithMask("hematoma", mask)));

        Assert.Equal(input.Id, error.CaseId);
        Assert.Contains("'hematoma' mask", error.Message);
    }
}
