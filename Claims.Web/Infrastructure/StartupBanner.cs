using System.Text;
using Claims.Web.Infrastructure.Data;
using Claims.Web.Infrastructure.Mail;
using Claims.Web.Infrastructure.Messaging;
using Claims.Web.Infrastructure.Seeding;

namespace Claims.Web.Infrastructure;

/// <summary>What a developer needs on the console once the app listens: where it is, who can sign in, where mail goes.</summary>
public static class StartupBanner
{
    public static void WriteWhenStarted(WebApplication app) =>
        app.Lifetime.ApplicationStarted.Register(() => Console.WriteLine(Text(app.Services, app.Environment, app.Urls)));

    public static string Text(IServiceProvider services, IHostEnvironment environment, IEnumerable<string> urls)
    {
        var url = urls.FirstOrDefault() ?? "(no address)";
        var database = services.GetRequiredService<DatabaseOptions>();
        var messaging = services.GetRequiredService<MessagingOptions>();
        var mail = services.GetRequiredService<MailOptions>();
        var text = new StringBuilder()
            .AppendLine($"Claims is running at {string.Join(", ", urls)} (environment {environment.EnvironmentName})")
            .AppendLine($"  database {database.Provider}, messaging {messaging.Transport}, node {NodeName.Stable(services.GetRequiredService<IConfiguration>())}");
        if (environment.IsDevelopment())
        {
            text.AppendLine($"  sign in at {url}/Account/Login; demo users, password {DemoUsersSeeder.DemoPassword}:")
                .AppendLine($"    {string.Join(", ", DemoUsersSeeder.Users.Select(u => $"{u.UserName} ({u.Role})"))}");
        }

        text.Append(mail.Delivery == MailDelivery.Smtp
            ? $"  mail goes over SMTP to {mail.SmtpHost}:{mail.SmtpPort}"
            : $"  mail is written to {Path.GetFullPath(mail.PickupFolder, environment.ContentRootPath)}"
              + (environment.IsDevelopment() ? $" (read it at {url}/dev/mailbox)" : ""));
        return text.ToString();
    }
}
