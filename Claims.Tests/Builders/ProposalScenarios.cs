using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Claims.Tests.Fixtures;

namespace Claims.Tests.Builders;

/// <summary>Proposal steps through the API shared by the policy and claim tests: submit, find the open task, complete it.</summary>
public static class ProposalScenarios
{
    public static async Task<Guid> SubmitAsync(HttpClient agent, object body)
    {
        var response = await agent.PostAsJsonAsync("/api/proposals", body);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    public static Task<JsonElement> ProposalAsync(HttpClient client, Guid id) => client.GetFromJsonAsync<JsonElement>($"/api/proposals/{id}");

    public static async Task<Guid> TaskOfKindAsync(HttpClient client, Guid proposalId, string kind)
    {
        var p = await Eventually.WaitAsync(() => ProposalAsync(client, proposalId),
            p => p.GetProperty("task") is { ValueKind: JsonValueKind.Object } t && t.GetProperty("kind").GetString() == kind, what: $"a {kind} task");
        return p.GetProperty("task").GetProperty("id").GetGuid();
    }

    public static async Task CompleteAsync(HttpClient client, Guid task, string outcome, object data)
    {
        var response = await client.PostAsJsonAsync($"/api/tasks/{task}/complete", new { outcome, data });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>A clean proposal with the given disclosure, issued without an underwriter: the policy id.</summary>
    public static async Task<Guid> IssuedPolicyAsync(HttpClient agent, object disclosure)
    {
        var id = await SubmitAsync(agent, ProposalRequests.Plain());
        await CompleteAsync(agent, await TaskOfKindAsync(agent, id, "AgentDisclosure"), "Submit", disclosure);
        var issued = await Eventually.WaitAsync(() => ProposalAsync(agent, id), p => p.GetProperty("status").GetString() == "Issued", what: "the policy");
        return issued.GetProperty("policyId").GetGuid();
    }
}
