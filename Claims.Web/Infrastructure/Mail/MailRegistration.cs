namespace Claims.Web.Infrastructure.Mail;

public static class MailRegistration
{
    /// <summary>Mail for every feature that writes to customers: welcome, renewal and survey notices.</summary>
    public static IServiceCollection AddClaimsMail(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<MailOptions>(configuration, MailOptions.Section);
        // Scoped: a scope's mails share one SMTP connection.
        services.AddScoped<MailSender>();
        return services;
    }
}
