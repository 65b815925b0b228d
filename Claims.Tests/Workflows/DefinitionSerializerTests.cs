using System.Text.Json.Nodes;
using Claims.Workflows.Definitions;

namespace Claims.Tests.Workflows;

public class DefinitionSerializerTests
{
    [Fact]
    public void Serializer_DefinitionWithDesignerMetadata_RoundTripsUnchanged()
    {
        var original = JsonNode.Parse(File.ReadAllText(RunnerFixture.FixturePath("claim-approval.json")));

        var definition = WorkflowDefinitionSerializer.Deserialize(original!);
        var saved = JsonNode.Parse(WorkflowDefinitionSerializer.Serialize(definition));

        Assert.True(JsonNode.DeepEquals(original, saved), saved!.ToJsonString());
    }

    [Fact]
    public void Serializer_Fixture_ReadsTypedFields()
    {
        var definition = RunnerFixture.LoadFixture("claim-approval.json");

        Assert.Equal("claim-approval", definition.DefinitionId);
        Assert.Equal(3, definition.Version);
        Assert.Equal("Decimal", definition.FindVariable("Limit")!.TypeName);
        Assert.Equal(5, definition.Flowchart.Activities.Count);
        Assert.Equal("review", Assert.Single(definition.Flowchart.Outbound("small", "False")).TargetActivity);
        Assert.Equal("SeniorReview", definition.Flowchart.Find("review")!.Name);
    }

    [Fact]
    public void Serializer_PascalCaseKeys_AreNotRead()
    {
        var definition = WorkflowDefinitionSerializer.Deserialize("""{"DefinitionId":"x","definitionId":"y"}""");

        Assert.Equal("y", definition.DefinitionId);
    }

    [Fact]
    public void Normalize_BareRootFromStudio_AddsCollectionsAndNodeIds()
    {
        var definition = WorkflowDefinitionSerializer.Deserialize(
            """{"root":{"id":"r1","type":"Elsa.Flowchart","version":1,"name":"Flowchart1"}}""");

        var changed = WorkflowDefinitionSerializer.Normalize(definition);

        Assert.True(changed);
        Assert.Equal("Workflow1:r1", definition.Root["nodeId"]!.GetValue<string>());
        Assert.Empty(definition.Root["activities"]!.AsArray());
        Assert.Empty(definition.Root["connections"]!.AsArray());
    }

    [Fact]
    public void Normalize_ActivityWithoutNodeId_AssignsPathAndKeepsExisting()
    {
        var definition = WorkflowDefinitionSerializer.Deserialize("""
            {"root":{"id":"r1","type":"Elsa.Flowchart","version":1,"activities":[
              {"id":"a1","type":"Elsa.Start","version":1},
              {"id":"a2","type":"Elsa.Finish","version":1,"nodeId":"Workflow1:r1:kept"}],"connections":[]}}
            """);

        WorkflowDefinitionSerializer.Normalize(definition);

        Assert.Equal("Workflow1:r1:a1", definition.Flowchart.Find("a1")!.NodeId);
        Assert.Equal("Workflow1:r1:kept", definition.Flowchart.Find("a2")!.NodeId);
        Assert.False(WorkflowDefinitionSerializer.Normalize(definition));
    }
}
