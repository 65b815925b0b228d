using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace Claims.Web.Infrastructure;

/// <summary>
/// Options bound from a configuration section and checked when the app starts (<c>ValidateOnStart</c>), every failure
/// naming its key (<c>Renewals:TokenKey</c>), so a missing or bad setting stops the start instead of the first request.
/// </summary>
public static class ValidatedOptions
{
    /// <summary>Binds <paramref name="section"/>, checks its data annotations at start, and registers the options class itself.</summary>
    public static T AddValidatedOptions<T>(this IServiceCollection services, IConfiguration configuration, string section) where T : class, new()
    {
        services.AddOptions<T>().Bind(configuration.GetSection(section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<T>>(new SectionValidator<T>(section));
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<T>>().Value);
        // For registration code that needs the values before the container exists; validated with the rest at start.
        return configuration.GetSection(section).Get<T>() ?? new T();
    }

    /// <summary>Runs every start-up validation now: before migrations and seeding, which would otherwise fail first and less clearly.</summary>
    public static void ValidateOptionsNow(this IServiceProvider services) => services.GetRequiredService<IStartupValidator>().Validate();

    private sealed class SectionValidator<T>(string section) : IValidateOptions<T> where T : class
    {
        public ValidateOptionsResult Validate(string? name, T options)
        {
            var results = new List<ValidationResult>();
            if (Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true))
            {
                return ValidateOptionsResult.Success;
            }

            return ValidateOptionsResult.Fail(results.Select(r =>
                $"{string.Join(", ", r.MemberNames.DefaultIfEmpty("").Select(m => $"{section}:{m}".TrimEnd(':')))} {r.ErrorMessage}"));
        }
    }
}
