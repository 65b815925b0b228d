using System.Text;

namespace Claims.Web.Infrastructure.Sms;

public sealed record OutgoingSms(string To, string Text);

/// <summary>Sends a text message; returns where it went (a file path, a gateway's message id).</summary>
public interface ISmsSender
{
    Task<string> SendAsync(OutgoingSms sms, CancellationToken ct);
}

/// <summary>The default sender: one .txt file per message in the pickup folder (From, To, blank line, text), written aside and renamed.</summary>
public sealed class PickupSmsSender(SmsOptions options, IHostEnvironment environment) : ISmsSender
{
    public string PickupFolder => Path.IsPathRooted(options.PickupFolder) ? options.PickupFolder : Path.Combine(environment.ContentRootPath, options.PickupFolder);

    public async Task<string> SendAsync(OutgoingSms sms, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sms.To);
        Directory.CreateDirectory(PickupFolder);
        var path = Path.Combine(PickupFolder, $"{DateTime.UtcNow:yyyyMMddHHmmssfff}-{Guid.NewGuid():N}.txt");
        await File.WriteAllTextAsync(path + ".partial", $"From: {options.From}\nTo: {sms.To}\n\n{sms.Text}\n", Encoding.UTF8, ct);
        File.Move(path + ".partial", path);
        return path;
    }
}

public static class SmsRegistration
{
    /// <summary>Text messages (section <c>Sms</c>): the pickup-folder sender unless another <see cref="ISmsSender"/> is registered later.</summary>
    public static IServiceCollection AddClaimsSms(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<SmsOptions>(configuration, SmsOptions.Section);
        services.AddSingleton<ISmsSender, PickupSmsSender>();
        return services;
    }
}
