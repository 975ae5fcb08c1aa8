namespace Experiments.Contracts.Preprocessing;

/// <summary>One step of the preprocessing pipeline, applied to every case before training.</summary>
public interface IPreprocessor
{
    /// <summary>
    /// The shape of this step's output for a given input shape; throws
    /// <see cref="PipelineException"/> when the input cannot be handled (a mask it needs is absent).
    /// </summary>
    PipelineShape DescribeOutput(PipelineShape input);

    ImagingCase Apply(ImagingCase input);
}
