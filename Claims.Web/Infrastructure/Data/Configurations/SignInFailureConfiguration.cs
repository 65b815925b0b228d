using Claims.Web.Infrastructure.Auth;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Claims.Web.Infrastructure.Data.Configurations;

public sealed class SignInFailureConfiguration : IEntityTypeConfiguration<SignInFailure>
{
    public void Configure(EntityTypeBuilder<SignInFailure> builder)
    {
        builder.ToTable("SignInFailures", "identity");
        builder.HasKey(f => f.Id);
        builder.Property(f => f.UserName).HasMaxLength(SignInFailure.MaxUserNameLength);
        builder.Property(f => f.Address).HasMaxLength(SignInFailure.MaxAddressLength);
        builder.Property(f => f.Reason).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(f => f.UserName);
    }
}
