using System.ComponentModel.DataAnnotations;
using Experiments.Configuration.Documents;
using Experiments.Configuration.Problems;

namespace Experiments.Configuration.Binding;

/// <summary>
/// Applies an options class's checks: DataAnnotations attributes on a property (<c>[Range]</c>,
/// <c>[MinLength]</c>, ...) and <see cref="IValidatableObject.Validate"/> across properties.
/// </summary>
internal static class ValueValidator
{
    public static void CheckProperty(
        OptionProperty property, object? value, object owner, ConfigNode node, string path, ProblemCollector problems)
    {
        var context = new ValidationContext(owner) { MemberName = property.Property.Name, DisplayName = property.Key };
        foreach (var attribute in property.Property.GetCustomAttributes(typeof(ValidationAttribute), true))
        {
            var check = (ValidationAttribute)attribute;
            if (check.GetValidationResult(value, context) is { } failure)
            {
                var (message, expected) = Explain(check, failure);
                problems.Add(node, path, message, expected);
            }
        }
    }

    public static void CheckObject(
        IValidatableObject owner, ConfigMapping mapping, string path, ProblemCollector problems)
    {
        foreach (var failure in owner.Validate(new ValidationContext(owner)))
        {
            var key = failure.MemberNames.Select(NamingConvention.ToSnakeCase).FirstOrDefault();
            var entry = key is null ? null : mapping.Find(key);
            var where = entry?.Value ?? mapping;
            var wherePath = key is null ? path : (path.Length == 0 ? key : $"{path}.{key}");
            problems.Add(where, wherePath, failure.ErrorMessage ?? "invalid value");
        }
    }

    private static (string Message, string? Expected) Explain(ValidationAttribute check, ValidationResult failure) =>
        check switch
        {
            RangeAttribute range => ("out of range", $"a value from {range.Minimum} to {range.Maximum}"),
            MinLengthAttribute length => ("too short", $"at least {length.Length} item(s)"),
            MaxLengthAttribute length => ("too long", $"at most {length.Length} item(s)"),
            _ => (failure.ErrorMessage ?? "invalid value", null),
        };
}
