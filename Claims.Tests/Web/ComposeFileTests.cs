using System.Collections;
using YamlDotNet.Core;
using YamlDotNet.Serialization;

namespace Claims.Tests.Web;

/// <summary>docker/compose.yaml, parsed with YamlDotNet (anchors and merge keys applied): the production shape it promises.</summary>
public sealed class ComposeFileTests
{
    /// <summary>What every node needs set to start in Production (the rest has defaults).</summary>
    private static readonly string[] RequiredAppKeys =
    [
        "ASPNETCORE_ENVIRONMENT", "Database__Provider", "Database__ConnectionString", "Messaging__Transport", "Messaging__Host",
        "Messaging__User", "Messaging__Password", "Auth__SigningKey", "Renewals__TokenKey", "Mail__PublicBaseUrl", "Node__Name",
        "OTEL_EXPORTER_OTLP_ENDPOINT",
    ];

    [Fact]
    public void Compose_Parsed_TwoNodesSqlServerRabbitMqAndCollector()
    {
        var services = Map(Load("compose.yaml")["services"]);

        Assert.Superset(new HashSet<string> { "sqlserver", "rabbitmq", "app-1", "app-2", "otel-collector" }, services.Keys.ToHashSet());
        Assert.Equal("SqlServer", Env(services["app-1"])["Database__Provider"]);
        Assert.Equal("RabbitMq", Env(services["app-2"])["Messaging__Transport"]);
        Assert.Contains("sqlserver", Env(services["app-1"])["Database__ConnectionString"]);
    }

    [Theory]
    [InlineData("app-1")]
    [InlineData("app-2")]
    public void Compose_AppNode_HasEveryRequiredKeyAHealthcheckAndWaitsForHealthyDependencies(string node)
    {
        var app = Map(Map(Load("compose.yaml")["services"])[node]);
        var env = Env(app);
        var dependsOn = Map(app["depends_on"]);

        Assert.DoesNotContain(RequiredAppKeys, k => !env.ContainsKey(k) || string.IsNullOrWhiteSpace(env[k]));
        Assert.Equal(node, env["Node__Name"]);
        Assert.Equal("false", env["Demo__Seed"]);
        Assert.Contains("/health", string.Join(' ', List(Map(app["healthcheck"])["test"])));
        Assert.Equal("service_healthy", Map(dependsOn["sqlserver"])["condition"]);
        Assert.Equal("service_healthy", Map(dependsOn["rabbitmq"])["condition"]);
    }

    [Fact]
    public void Compose_Infrastructure_HasHealthchecksAndPersistentVolumes()
    {
        var compose = Load("compose.yaml");
        var services = Map(compose["services"]);

        Assert.All(new[] { "sqlserver", "rabbitmq" }, name => Assert.True(Map(services[name]).ContainsKey("healthcheck"), name));
        Assert.Superset(new HashSet<string> { "sqlserver-data", "rabbitmq-data" }, Map(compose["volumes"]).Keys.ToHashSet());
        Assert.Equal(2, new[] { "app-1", "app-2" }.Select(n => List(Map(services[n])["ports"]).Single()).Distinct().Count());
    }

    [Fact]
    public void CollectorConfig_MountedAndParsed_ReceivesOtlpAndExportsTracesAndMetrics()
    {
        var collector = Map(Map(Load("compose.yaml")["services"])["otel-collector"]);
        var config = Load("otel-collector.yaml");
        var pipelines = Map(Map(config["service"])["pipelines"]);

        Assert.Contains(List(collector["volumes"]), v => v.StartsWith("./otel-collector.yaml:", StringComparison.Ordinal));
        Assert.True(Map(Map(config["receivers"])["otlp"])["protocols"] is not null);
        Assert.Equal(["otlp"], List(Map(pipelines["traces"])["receivers"]));
        Assert.Equal(["otlp"], List(Map(pipelines["metrics"])["receivers"]));
        Assert.All(List(Map(pipelines["traces"])["exporters"]).Concat(List(Map(pipelines["metrics"])["exporters"])),
            e => Assert.True(Map(config["exporters"]).ContainsKey(e), e));
    }

    /// <summary>
    /// The image's build stage: Node before the publish (the build restores Elsa Studio from npm, and the SDK image has
    /// none), and a ReadyToRun publish for linux-x64 whose restore named the same runtime (else the publish refuses it).
    /// </summary>
    [Fact]
    public void Dockerfile_BuildStage_InstallsNodeRestoresForItsRuntimeAndPublishesReadyToRun()
    {
        var lines = File.ReadAllLines(Path.Combine(RepositoryRoot(), "docker", "Dockerfile"));
        int At(Func<string, bool> match) => Array.FindIndex(lines, l => match(l));

        var node = At(l => l.StartsWith("RUN ", StringComparison.Ordinal) && l.Contains(" npm", StringComparison.Ordinal));
        var restore = At(l => l.Contains("dotnet restore", StringComparison.Ordinal));
        var publish = At(l => l.Contains("dotnet publish", StringComparison.Ordinal));

        Assert.True(node >= 0 && node < publish, "Node and npm are installed before dotnet publish");
        Assert.Contains("-r linux-x64", lines[restore], StringComparison.Ordinal);
        Assert.Contains("-r linux-x64", lines[publish], StringComparison.Ordinal);
        Assert.Contains("-p:PublishReadyToRun=true", lines[publish], StringComparison.Ordinal);
        Assert.Contains("--no-restore", lines[publish], StringComparison.Ordinal);
        Assert.DoesNotContain("SkipElsaStudio", lines[publish], StringComparison.Ordinal);
    }

    private static Dictionary<string, object?> Load(string file)
    {
        var path = Path.Combine(RepositoryRoot(), "docker", file);
        using var reader = new StringReader(File.ReadAllText(path));
        return new DeserializerBuilder().Build().Deserialize<Dictionary<string, object?>>(new MergingParser(new Parser(reader)));
    }

    /// <summary>A mapping (YamlDotNet gives merged mappings string keys, the others object keys).</summary>
    private static Dictionary<string, object?> Map(object? node)
    {
        var map = Assert.IsAssignableFrom<IDictionary>(node);
        return map.Keys.Cast<object>().ToDictionary(k => k.ToString()!, k => map[k]);
    }

    private static List<string> List(object? node) => [.. Assert.IsType<List<object>>(node).Select(o => o.ToString()!)];

    private static Dictionary<string, string> Env(object? service) =>
        Map(Map(service)["environment"]).ToDictionary(e => e.Key, e => e.Value?.ToString() ?? "");

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Claims.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Claims.sln not found above the test binaries.");
    }
}
