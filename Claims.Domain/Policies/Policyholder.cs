namespace Claims.Domain.Policies;

/// <summary>The insured person: the facts rating needs (age, driving experience) and how to reach them.</summary>
public sealed class Policyholder
{
    private Policyholder() { }

    public Guid Id { get; private set; }
    public string Name { get; private set; } = "";
    public DateOnly BirthDate { get; private set; }
    public DateOnly LicenceDate { get; private set; }
    public string Phone { get; private set; } = "";
    public string? Email { get; private set; }
    /// <summary>The language notices are written in: "en" or "zh-CN".</summary>
    public string PreferredLanguage { get; private set; } = "en";

    public static Policyholder Create(Guid id, string name, DateOnly birthDate, DateOnly licenceDate, string phone, string? email)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(phone);
        if (licenceDate < birthDate.AddYears(16))
        {
            throw new ArgumentException("A driving licence cannot predate the holder's 16th birthday.", nameof(licenceDate));
        }

        return new Policyholder
        {
            Id = id, Name = name.Trim(), BirthDate = birthDate, LicenceDate = licenceDate, Phone = phone.Trim(),
            Email = string.IsNullOrWhiteSpace(email) ? null : email.Trim(),
        };
    }

    public void PreferLanguage(string language) => PreferredLanguage = string.IsNullOrWhiteSpace(language) ? "en" : language.Trim();

    public int AgeOn(DateOnly date) => WholeYears(BirthDate, date);

    public int DrivingYearsOn(DateOnly date) => Math.Max(0, WholeYears(LicenceDate, date));

    private static int WholeYears(DateOnly from, DateOnly to)
    {
        var years = to.Year - from.Year;
        return to < from.AddYears(years) ? years - 1 : years;
    }
}
