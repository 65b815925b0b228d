using Claims.Domain.Estimates;

namespace Claims.Domain.Shops;

/// <summary>A repair shop of the network: its region and class set the hourly rate of the estimates it repairs.</summary>
public sealed class RepairShop
{
    public const int MaxName = 100;
    public const int MaxContact = 100;
    public const int MaxPhone = 30;
    public const int MaxEmail = 200;
    public const int MaxAddress = 300;

    private RepairShop() { }

    public Guid Id { get; private set; }
    /// <summary>Unique; claims and re-inspection audits carry it, so the shop's scorecard finds its audits by it.</summary>
    public string Name { get; private set; } = "";
    public string RegionCode { get; private set; } = "";
    public ShopClass Class { get; private set; }
    public string ContactName { get; private set; } = "";
    public string Phone { get; private set; } = "";
    public string? Email { get; private set; }
    public string? Address { get; private set; }
    /// <summary>A retired shop stays for the claims and audits that name it but takes no new claims.</summary>
    public bool Active { get; private set; } = true;

    public static RepairShop Create(Guid id, string name, string regionCode, ShopClass shopClass, string contactName, string phone, string? email, string? address)
    {
        var shop = new RepairShop { Id = id };
        shop.Update(name, regionCode, shopClass, contactName, phone, email, address, active: true);
        return shop;
    }

    public void Update(string name, string regionCode, ShopClass shopClass, string contactName, string phone, string? email, string? address, bool active)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(regionCode);
        ArgumentException.ThrowIfNullOrWhiteSpace(contactName);
        ArgumentException.ThrowIfNullOrWhiteSpace(phone);
        (Name, RegionCode, Class, ContactName, Phone) = (name.Trim(), regionCode.Trim().ToUpperInvariant(), shopClass, contactName.Trim(), phone.Trim());
        (Email, Address, Active) = (string.IsNullOrWhiteSpace(email) ? null : email.Trim(), string.IsNullOrWhiteSpace(address) ? null : address.Trim(), active);
    }

    public void Retire() => Active = false;
}
