using Claims.Domain.Estimates;
using Claims.Domain.Shops;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Claims.Web.Infrastructure.Data.Configurations;

public sealed class RepairShopConfiguration : IEntityTypeConfiguration<RepairShop>
{
    public void Configure(EntityTypeBuilder<RepairShop> builder)
    {
        builder.ToTable("RepairShops", Schemas.Claims);
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Name).HasMaxLength(RepairShop.MaxName);
        builder.Property(s => s.RegionCode).HasMaxLength(ReferenceDataLimits.RegionCode);
        builder.Property(s => s.Class).HasConversion<string>().HasMaxLength(20);
        builder.Property(s => s.ContactName).HasMaxLength(RepairShop.MaxContact);
        builder.Property(s => s.Phone).HasMaxLength(RepairShop.MaxPhone);
        builder.Property(s => s.Email).HasMaxLength(RepairShop.MaxEmail);
        builder.Property(s => s.Address).HasMaxLength(RepairShop.MaxAddress);
        builder.HasIndex(s => s.Name).IsUnique();
        builder.HasIndex(s => new { s.RegionCode, s.Class });
    }
}
