using Claims.Tests.Fixtures;
using Claims.Web.Infrastructure.Data;
using Claims.Workflows.Activities;
using Claims.Workflows.Definitions;
using Claims.Workflows.Expressions;
using Claims.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Claims.Tests.Workflows;

/// <summary>Every definition shipped in workflows/ loads, carries type and version on every node, and passes publish validation.</summary>
public sealed class ShippedWorkflowTests
{
    public static TheoryData<string> Files() => [.. Directory.EnumerateFiles(Folder, "*.json").Select(f => Path.GetFileName(f)).Order()];

    private static string Folder => Path.Combine(AppContext.BaseDirectory, "workflows");

    [Fact]
    public void ShippedFolder_CopiedNextToTheApp_HasDefinitions() => Assert.NotEmpty(Files());

    [Theory]
    [MemberData(nameof(Files))]
    public void ShippedDefinition_Loaded_IsValidAndVersioned(string file)
    {
        var definition = WorkflowDefinitionSerializer.Deserialize(File.ReadAllText(Path.Combine(Folder, file)));
        var registry = ActivityRegistry.CreateDefault().AddAssembly(typeof(Claims.Web.Infrastructure.WorkflowsRegistration).Assembly);

        var errors = new WorkflowValidator(registry, ExpressionEvaluator.CreateDefault()).Validate(definition);

        Assert.Empty(errors);
        Assert.True(definition.Version >= 1);
        Assert.False(WorkflowDefinitionSerializer.Normalize(definition), "every node must already carry its nodeId");
        Assert.All(definition.Flowchart.Activities, a => Assert.True(a.Version >= 1 && a.Type.Length > 0, $"{a.Id} lacks type or version"));
    }

    [Fact]
    public async Task AppStart_ShippedDefinitions_ImportedPublishedOnceEvenAfterRestart()
    {
        var expected = Files().Count;
        var folder = Directory.CreateTempSubdirectory("claims-shipped-").FullName;
        var connection = $"Data Source={Path.Combine(folder, "claims.db")}";
        try
        {
            for (var start = 0; start < 2; start++)
            {
                await using var app = new ClaimsAppFactory(DatabaseProvider.Sqlite, connection);
                await using var scope = app.Services.CreateAsyncScope();
                var records = await scope.ServiceProvider.GetRequiredService<ClaimsDbContext>().Set<WorkflowDefinitionRecord>().ToListAsync();
                Assert.Equal(expected, records.Count);
                Assert.All(records, r => Assert.True(r.IsPublished && r.IsLatest && r.Source == "shipped"));
            }
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }
}
