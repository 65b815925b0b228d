using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Claims.Tests.Fixtures;

/// <summary>
/// The in-memory test server gives every request the same (or no) client address; this lets a test say which
/// address a request comes from, so per-address throttling can be tested from "two machines".
/// </summary>
public static class ClientAddress
{
    public const string Header = "X-Test-Client-Address";

    public static void Register(IServiceCollection services) => services.AddSingleton<IStartupFilter, Filter>();

    public static HttpClient From(this HttpClient client, string address)
    {
        client.DefaultRequestHeaders.Remove(Header);
        client.DefaultRequestHeaders.Add(Header, address);
        return client;
    }

    private sealed class Filter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((http, go) =>
            {
                if (IPAddress.TryParse(http.Request.Headers[Header].ToString(), out var address))
                {
                    http.Connection.RemoteIpAddress = address;
                }

                return go(http);
            });
            next(app);
        };
    }
}
