using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Claims.Benchmarks.Chaos;

/// <summary>
/// An API client as a careful integrator writes one: every POST carries an Idempotency-Key, and a request that fails in
/// transport, answers 5xx or "first request still running" is sent again, with the same key, to the next live node.
/// </summary>
public sealed class ChaosClient(IReadOnlyList<AppNode> nodes, TimeSpan giveUpAfter) : IDisposable
{
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(30) };
    private readonly ConcurrentQueue<double> _latencies = new();
    private string _token = "";
    private int _requests;
    private int _clientErrors;
    private int _gaveUp;
    private int _conflicts;
    private int _answersLost;

    /// <summary>Requests sent, retries included.</summary>
    public int Requests => Volatile.Read(ref _requests);

    /// <summary>Attempts that failed in transport or with 5xx (each retried elsewhere).</summary>
    public int ClientErrors => Volatile.Read(ref _clientErrors);

    /// <summary>Operations that never got a final answer before the client gave up: what a user would see as an error.</summary>
    public int GaveUp => Volatile.Read(ref _gaveUp);

    /// <summary>Duplicate completions refused with 409 (the task was already closed).</summary>
    public int Conflicts => Volatile.Read(ref _conflicts);

    /// <summary>Replays that said the first request committed but its answer was lost (its node failed before answering).</summary>
    public int AnswersLost => Volatile.Read(ref _answersLost);

    /// <summary>Signs in on the first node that answers (a node may be down: killed, or crashed by an injected fault), for up to three minutes.</summary>
    public async Task SignInAsync()
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                using var response = await _http.PostAsJsonAsync(nodes[attempt % nodes.Count].BaseUrl + "/api/auth/token", new { userName = "admin", password = "Claims!2026" });
                response.EnsureSuccessStatusCode();
                _token = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;
                return;
            }
            catch (HttpRequestException) when (clock.Elapsed < TimeSpan.FromMinutes(3))
            {
                await Task.Delay(500);
            }
        }
    }

    /// <summary>Starts an instance whose business object id is the key: a second instance for one key is a duplicate start.</summary>
    public async Task<bool> StartAsync(string definitionId, string key, int node, string businessObjectName = "chaos")
    {
        var body = JsonSerializer.Serialize(new { input = new { }, businessObjectName, businessObjectId = key });
        return await SendAsync($"/api/workflows/{definitionId}/instances", body, key, node) == HttpStatusCode.Created;
    }

    /// <summary>An admin's retry of a faulted instance (<c>POST /api/workflow-instances/{id}/retry</c>); the final status, null if none came.</summary>
    public Task<HttpStatusCode?> RetryInstanceAsync(Guid instanceId, int node) =>
        SendAsync($"/api/workflow-instances/{instanceId}/retry", "", $"retry-{instanceId}", node);

    /// <summary>
    /// /Admin/ErrorQueues as an admin uses it: the page's count per endpoint queue and, with <paramref name="replay"/>,
    /// that queue's Replay button pressed (a form post with the page's antiforgery token) and the page's message after it.
    /// </summary>
    public async Task<(IReadOnlyDictionary<string, int> Counts, string? Message)> ErrorQueuesPageAsync(AppNode node, string? replay = null)
    {
        using var handler = new HttpClientHandler { CookieContainer = new CookieContainer() };
        using var http = new HttpClient(handler) { BaseAddress = new Uri(node.BaseUrl), Timeout = TimeSpan.FromSeconds(60) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", _token);
        var page = await http.GetStringAsync("/Admin/ErrorQueues");
        if (replay is not null && ErrorQueuePage.Token(page) is { } token)
        {
            using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["queue"] = replay, ["__RequestVerificationToken"] = token });
            using var response = await http.PostAsync("/Admin/ErrorQueues?handler=Replay", form);
            response.EnsureSuccessStatusCode();
            page = await response.Content.ReadAsStringAsync();
        }

        return (ErrorQueuePage.Counts(page), ErrorQueuePage.Message(page));
    }

    /// <summary>Completes a task with outcome Approve; a 409 (someone completed it first) is a final answer too.</summary>
    public async Task<HttpStatusCode?> CompleteAsync(Guid taskId, string key, int node) =>
        await SendAsync($"/api/tasks/{taskId}/complete", """{"outcome":"Approve"}""", key, node);

    /// <summary>Latencies (ms) of answered requests since the last call.</summary>
    public List<double> DrainLatencies()
    {
        var drained = new List<double>();
        while (_latencies.TryDequeue(out var ms))
        {
            drained.Add(ms);
        }

        return drained;
    }

    private async Task<HttpStatusCode?> SendAsync(string path, string body, string key, int node)
    {
        var deadline = DateTime.UtcNow + giveUpAfter;
        for (var attempt = 0; DateTime.UtcNow < deadline; attempt++)
        {
            var target = nodes[(node + attempt) % nodes.Count];
            if (!target.IsRunning)
            {
                await Task.Delay(100);
                continue;
            }

            Interlocked.Increment(ref _requests);
            using var request = new HttpRequestMessage(HttpMethod.Post, target.BaseUrl + path) { Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json") };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _token);
            request.Headers.Add("Idempotency-Key", key);
            var clock = Stopwatch.StartNew();
            try
            {
                using var response = await _http.SendAsync(request);
                var status = response.StatusCode;
                if ((int)status < 500 && !(status == HttpStatusCode.Conflict && response.Headers.RetryAfter is not null))
                {
                    _latencies.Enqueue(clock.Elapsed.TotalMilliseconds);
                    if (status == HttpStatusCode.Conflict)
                    {
                        var lost = response.Headers.TryGetValues("Idempotency-Replayed", out var replayed) && replayed.Contains("lost");
                        if (lost)
                        {
                            Interlocked.Increment(ref _answersLost);
                        }
                        else
                        {
                            Interlocked.Increment(ref _conflicts);
                        }
                    }

                    return status;
                }

                if ((int)status >= 500)
                {
                    Interlocked.Increment(ref _clientErrors);
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                Interlocked.Increment(ref _clientErrors);
            }

            await Task.Delay(Math.Min(2_000, 100 * (attempt + 1)));
        }

        Interlocked.Increment(ref _gaveUp);
        return null;
    }

    public void Dispose() => _http.Dispose();
}
