namespace Experiments.Tracking;

/// <summary>The <c>error_code</c> values an MLflow server answers with.</summary>
public static class MlflowErrorCodes
{
    public const string InvalidParameterValue = "INVALID_PARAMETER_VALUE";
    public const string ResourceDoesNotExist = "RESOURCE_DOES_NOT_EXIST";
    public const string ResourceAlreadyExists = "RESOURCE_ALREADY_EXISTS";
    public const string BadRequest = "BAD_REQUEST";
    public const string InternalError = "INTERNAL_ERROR";
}
