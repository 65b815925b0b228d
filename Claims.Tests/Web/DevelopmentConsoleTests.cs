using Claims.Tests.Fixtures;
using Claims.Web.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;

namespace Claims.Tests.Web;

/// <summary>The Development console reads as text (issue 21): one-line logs, no SQLite schema warnings, a banner that says where to go.</summary>
public sealed class DevelopmentConsoleTests
{
    [Fact]
    public void Console_Development_PlainTextBannerWithUsersAndMail()
    {
        using var app = new LiveAppHost(kestrel: false, new Dictionary<string, string?> { ["Demo:Seed"] = "false" });
        var services = app.Services;

        var banner = StartupBanner.Text(services, services.GetRequiredService<IWebHostEnvironment>(), ["http://127.0.0.1:5080"]);

        Assert.Equal(ConsoleFormatterNames.Simple, services.GetRequiredService<IOptions<ConsoleLoggerOptions>>().Value.FormatterName);
        Assert.Contains("http://127.0.0.1:5080", banner);
        Assert.Contains("Claims!2026", banner);
        Assert.Contains("senior.adjuster", banner);
        Assert.Contains(app.MailFolder, banner);
    }

    [Fact]
    public void Console_OtherEnvironments_StayJson()
    {
        using var app = ClaimsAppFactory.WithSqlite();

        var options = app.Services.GetRequiredService<IOptions<ConsoleLoggerOptions>>().Value;

        Assert.Equal(ConsoleFormatterNames.Json, options.FormatterName);
    }

    [Fact]
    public async Task Console_SqliteModelBuilt_NoSchemaWarnings()
    {
        var logs = new CollectingLogs();
        await using var app = ClaimsAppFactory.WithSqlite();
        app.Settings["Logging:LogLevel:Default"] = "Information";
        app.TestServices = s => s.AddSingleton<ILoggerProvider>(logs);

        using var response = await app.CreateClient().GetAsync("/health");

        Assert.True(response.IsSuccessStatusCode);
        Assert.DoesNotContain(logs.Messages, m => m.Contains("does not support schemas", StringComparison.Ordinal));
        Assert.Contains(logs.Messages, m => m.Contains("migration", StringComparison.OrdinalIgnoreCase)); // the collector saw the start-up
    }

    private sealed class CollectingLogs : ILoggerProvider, ILogger
    {
        public System.Collections.Concurrent.ConcurrentQueue<string> Messages { get; } = new();

        public ILogger CreateLogger(string categoryName) => this;

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Messages.Enqueue($"{eventId.Id} {formatter(state, exception)}");

        public void Dispose()
        {
        }
    }
}
