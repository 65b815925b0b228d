using Claims.Domain.Estimates;
using Claims.Domain.Policies;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Claims.Web.Infrastructure.Data.Configurations;

public sealed class VehicleModelConfiguration : IEntityTypeConfiguration<VehicleModel>
{
    public void Configure(EntityTypeBuilder<VehicleModel> builder)
    {
        builder.ToTable("VehicleModels", Schemas.ReferenceData);
        builder.HasKey(m => m.Code);
        builder.Property(m => m.Code).HasMaxLength(ReferenceDataLimits.ModelCode);
        builder.Property(m => m.Make).HasMaxLength(60);
        builder.Property(m => m.Model).HasMaxLength(80);
        builder.Property(m => m.Trim).HasMaxLength(80);
        builder.Property(m => m.Band).HasConversion<string>().HasMaxLength(20);
        builder.Ignore(m => m.DisplayName);
        builder.HasIndex(m => new { m.Make, m.Model });
    }
}
