using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Claims.Web.Infrastructure.Data;

/// <summary>A value that does not fit its column; nothing of the unit of work was written.</summary>
public sealed class BoundsException(IReadOnlyDictionary<string, string[]> errors)
    : Exception("Values do not fit their columns: " + string.Join(", ", errors.Keys))
{
    public IReadOnlyDictionary<string, string[]> Errors { get; } = errors;
}

/// <summary>
/// The model's column bounds checked before any write, on every provider alike: SQLite would store a 1 MB string in a
/// 100-character column and a decimal beyond decimal(18,2), and later reads would fail on it.
/// </summary>
public sealed class BoundsInterceptor : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Check(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken ct = default)
    {
        Check(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public static void Check(DbContext? db)
    {
        if (db is null)
        {
            return;
        }

        var errors = new Dictionary<string, string[]>();
        foreach (var entry in db.ChangeTracker.Entries().Where(e => e.State is EntityState.Added or EntityState.Modified))
        {
            foreach (var property in entry.Properties.Where(p => entry.State == EntityState.Added || p.IsModified))
            {
                if (Problem(property) is { } problem)
                {
                    errors[$"{entry.Metadata.ClrType.Name}.{property.Metadata.Name}"] = [problem];
                }
            }
        }

        if (errors.Count > 0)
        {
            throw new BoundsException(errors);
        }
    }

    private static string? Problem(PropertyEntry property) => property.CurrentValue switch
    {
        string s when property.Metadata.GetMaxLength() is { } max && s.Length > max => $"At most {max} characters.",
        string s when !IsWellFormed(s) => "The text is not valid Unicode.",
        decimal d when property.Metadata.GetPrecision() is { } precision && !Fits(d, precision, property.Metadata.GetScale() ?? 0) =>
            $"The amount has more than {precision - (property.Metadata.GetScale() ?? 0)} whole digits.",
        _ => null,
    };

    // Only the whole digits: extra decimals are rounded by the column as they always were (a sampling draw, a factor).
    private static bool Fits(decimal value, int precision, int scale) => Math.Abs(decimal.Truncate(value)) < Pow10(precision - scale);

    private static decimal Pow10(int digits)
    {
        var result = 1m;
        for (var i = 0; i < digits && result < 1e27m; i++)
        {
            result *= 10m;
        }

        return result;
    }

    /// <summary>PostgreSQL refuses text with lone surrogates (no UTF-8 form); refuse it on every provider before the write.</summary>
    private static bool IsWellFormed(string s)
    {
        for (var i = 0; i < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(s[i]))
            {
                return false;
            }
        }

        return true;
    }
}
