using Experiments.Tracking.Configuration;

namespace Experiments.Tracking.Tests.Configuration;

public sealed class TrackingTargetResolverTests
{
    private readonly Dictionary<string, string> _environment = [];

    [Fact]
    public void The_experiment_file_wins_over_the_environment()
    {
        _environment["MLFLOW_TRACKING_URI"] = "http://env:5000";
        _environment["MLFLOW_EXPERIMENT_NAME"] = "from-env";

        var target = Resolve(new TrackingSettings { Uri = "https://yaml:443/mlflow", ExperimentName = "from-yaml" });

        Assert.Equal((TrackingTargetKind.Server, "https://yaml/mlflow", "from-yaml", "tracking.uri"),
            (target.Kind, target.ServerUri!.AbsoluteUri, target.ExperimentName, target.UriSource));
    }

    [Fact]
    public void The_environment_is_used_when_the_file_is_silent()
    {
        _environment["MLFLOW_TRACKING_URI"] = "http://env:5000";
        _environment["MLFLOW_EXPERIMENT_NAME"] = "from-env";

        var target = Resolve(new TrackingSettings());

        Assert.Equal(("http://env:5000/", "from-env"), (target.ServerUri!.AbsoluteUri, target.ExperimentName));
    }

    [Fact]
    public void Without_any_setting_runs_go_to_mlruns_in_the_working_directory()
    {
        var target = Resolve(new TrackingSettings());

        Assert.Equal((TrackingTargetKind.FileStore, "/work/project/mlruns", null),
            (target.Kind, target.FileStorePath, target.ExperimentName));
    }

    [Theory]
    [InlineData("file:///data/mlruns", "/data/mlruns")]
    [InlineData("runs/mlruns", "/work/project/runs/mlruns")]
    [InlineData("/abs/store", "/abs/store")]
    public void Paths_and_file_uris_mean_the_file_store(string uri, string folder) =>
        Assert.Equal(folder, Resolve(new TrackingSettings { Uri = uri }).FileStorePath);

    [Fact]
    public void A_database_uri_is_refused_with_a_clear_message()
    {
        var error = Assert.Throws<NotSupportedException>(() =>
            Resolve(new TrackingSettings { Uri = "sqlite:///m.db" }));

        Assert.Contains("sqlite:///m.db", error.Message);
    }

    [Fact]
    public void A_token_becomes_a_bearer_header_and_never_shows_in_text()
    {
        _environment["MLFLOW_TRACKING_TOKEN"] = "tok-123456";

        var target = Resolve(new TrackingSettings { Uri = "http://h" });

        var header = target.Credentials!.ToHeader();
        Assert.Equal(("Bearer", "tok-123456"), (header.Scheme, header.Parameter));
        Assert.DoesNotContain("tok-123456", target.ToString());
    }

    [Fact]
    public void A_user_and_password_become_a_basic_header_and_the_password_never_shows()
    {
        _environment["MLFLOW_TRACKING_USERNAME"] = "ann";
        _environment["MLFLOW_TRACKING_PASSWORD"] = "pa55word";
        _environment["MLFLOW_TRACKING_INSECURE_TLS"] = "true";

        var target = Resolve(new TrackingSettings { Uri = "https://h" });

        Assert.Equal("YW5uOnBhNTV3b3Jk", target.Credentials!.ToHeader().Parameter);
        Assert.True(target.InsecureTls);
        Assert.DoesNotContain("pa55word", target.ToString());
    }

    [Fact]
    public void Credentials_inside_the_uri_are_refused_without_repeating_them()
    {
        var error = Assert.Throws<TrackingConfigurationException>(() =>
            Resolve(new TrackingSettings { Uri = "https://ann:pa55word@host:5000" }));

        Assert.DoesNotContain("pa55word", error.Message);
        Assert.Contains("MLFLOW_TRACKING_PASSWORD", error.Message);
    }

    [Fact]
    public void A_user_without_a_password_is_a_configuration_error()
    {
        _environment["MLFLOW_TRACKING_USERNAME"] = "ann";

        var error = Assert.Throws<TrackingConfigurationException>(() =>
            Resolve(new TrackingSettings { Uri = "http://h" }));

        Assert.Contains("MLFLOW_TRACKING_PASSWORD", error.Message);
    }

    private TrackingTarget Resolve(TrackingSettings settings) =>
        new TrackingTargetResolver(name => _environment.GetValueOrDefault(name), "/work/project").Resolve(settings);
}
