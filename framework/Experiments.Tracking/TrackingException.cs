namespace Experiments.Tracking;

/// <summary>A tracking store refused a request; <see cref="ErrorCode"/> is MLflow's code for it.</summary>
public class TrackingException : Exception
{
    public TrackingException(string message, string errorCode, int? httpStatus = null, Exception? inner = null)
        : base(message, inner)
    {
        ErrorCode = errorCode;
        HttpStatus = httpStatus;
    }

    public string ErrorCode { get; }

    public int? HttpStatus { get; }
}
