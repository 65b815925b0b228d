namespace Claims.Web.Infrastructure.Seeding.Demo;

/// <summary>Helpers over a seeded <see cref="Random"/>, so the demo data is the same on every machine.</summary>
public static class DemoRandom
{
    public static Guid NextGuid(this Random random)
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes);
    }

    public static decimal Between(this Random random, decimal min, decimal max) =>
        min + ((max - min) * (decimal)random.NextDouble());

    public static bool Chance(this Random random, double probability) => random.NextDouble() < probability;

    public static T Pick<T>(this Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    public static T PickWeighted<T>(this Random random, IReadOnlyList<(T Item, int Weight)> items)
    {
        var roll = random.Next(items.Sum(i => i.Weight));
        foreach (var (item, weight) in items)
        {
            if ((roll -= weight) < 0)
            {
                return item;
            }
        }

        return items[^1].Item;
    }

    public static decimal WholeYuan(decimal amount) => Math.Round(amount, 0, MidpointRounding.AwayFromZero);
}
