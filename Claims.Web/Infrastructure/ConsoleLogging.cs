using Microsoft.Extensions.Logging.Console;

namespace Claims.Web.Infrastructure;

/// <summary>Plain one-line text for a developer reading the console; JSON elsewhere, for the log collector.</summary>
public static class ConsoleLogging
{
    public static ILoggingBuilder AddClaimsConsole(this ILoggingBuilder logging, IHostEnvironment environment) =>
        environment.IsDevelopment()
            ? logging.AddSimpleConsole(o =>
            {
                o.SingleLine = true;
                o.TimestampFormat = "HH:mm:ss ";
                o.ColorBehavior = LoggerColorBehavior.Default;
            })
            : logging.AddJsonConsole(o => o.IncludeScopes = true);
}
