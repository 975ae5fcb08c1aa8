using Experiments.Tracking.Keys;

namespace Experiments.Tracking.Tests.Keys;

public sealed class KeyRulesTests
{
    [Theory]
    [InlineData("loss")]
    [InlineData("train/loss")]
    [InlineData("val dice-2.mean_x")]
    [InlineData("mlflow.source.git.commit")]
    public void Accepts_the_names_mlflow_accepts(string key) => Assert.Null(KeyRules.FindProblem(key));

    // Each refused the same way by the recorded server (or by MLflow's path rule it applies).
    [Theory]
    [InlineData("bad key!", "letters, digits")]
    [InlineData("../x", "path")]
    [InlineData("a//b", "path")]
    [InlineData("a/", "path")]
    [InlineData("/abs", "path")]
    [InlineData("", "empty")]
    public void Refuses_names_mlflow_refuses(string key, string reason) =>
        Assert.Contains(reason, KeyRules.FindProblem(key));

    [Fact]
    public void Refuses_keys_past_250_characters_and_accepts_250()
    {
        Assert.Null(KeyRules.FindProblem(new string('k', 250)));
        Assert.Contains("251 characters", KeyRules.FindProblem(new string('k', 251)));
    }

    [Theory]
    [InlineData("db.password", true)]
    [InlineData("aws_secret", true)]
    [InlineData("hub.api_key", true)]
    [InlineData("MLFLOW_TRACKING_TOKEN", true)]
    [InlineData("tokenizer.vocab", false)]
    [InlineData("loss.weight", false)]
    public void Recognises_keys_that_name_secrets(string key, bool secret) =>
        Assert.Equal(secret, SecretGuard.KeyLooksSecret(key));
}
