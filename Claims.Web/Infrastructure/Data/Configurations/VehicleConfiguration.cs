using Claims.Domain.Policies;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Claims.Web.Infrastructure.Data.Configurations;

public sealed class VehicleConfiguration : IEntityTypeConfiguration<Vehicle>
{
    public void Configure(EntityTypeBuilder<Vehicle> builder)
    {
        builder.ToTable("Vehicles", Schemas.Policies);
        builder.HasKey(v => v.Id);
        builder.Property(v => v.Vin).HasMaxLength(17).IsFixedLength();
        builder.Property(v => v.Plate).HasMaxLength(20);
        builder.Property(v => v.ModelCode).HasMaxLength(Claims.Domain.Estimates.ReferenceDataLimits.ModelCode);
        builder.Property(v => v.Usage).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(v => v.Vin).IsUnique();
        builder.HasIndex(v => v.Plate);
        builder.HasOne<VehicleModel>().WithMany().HasForeignKey(v => v.ModelCode).OnDelete(DeleteBehavior.Restrict);
    }
}
