using Claims.Domain.Claims;
using Claims.Domain.Evidence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Claims.Web.Infrastructure.Data.Configurations;

public sealed class AttachmentConfiguration : IEntityTypeConfiguration<Attachment>
{
    public void Configure(EntityTypeBuilder<Attachment> builder)
    {
        builder.ToTable("Attachments", Schemas.Claims);
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Category).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.Kind).HasConversion<string>().HasMaxLength(10);
        builder.Property(a => a.Position).HasMaxLength(Attachment.MaxPosition);
        builder.Property(a => a.FileName).HasMaxLength(Attachment.MaxFileName);
        builder.Property(a => a.Sha256).HasMaxLength(64).IsUnicode(false);
        builder.Property(a => a.BlobKey).HasMaxLength(200).IsUnicode(false);
        builder.Property(a => a.ThumbnailKey).HasMaxLength(200).IsUnicode(false);
        builder.Property(a => a.UploadedBy).HasMaxLength(100);
        builder.Ignore(a => a.IsPhoto);
        builder.Ignore(a => a.ContentType);
        builder.HasIndex(a => a.ClaimId);
        // The same photo on another claim is found by its hash.
        builder.HasIndex(a => a.Sha256);
        builder.HasOne<Claim>().WithMany().HasForeignKey(a => a.ClaimId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class AttachmentDownloadConfiguration : IEntityTypeConfiguration<AttachmentDownload>
{
    public void Configure(EntityTypeBuilder<AttachmentDownload> builder)
    {
        builder.ToTable("AttachmentDownloads", Schemas.Claims);
        builder.HasKey(d => d.Id);
        builder.Property(d => d.By).HasMaxLength(100);
        builder.HasIndex(d => d.AttachmentId);
        builder.HasOne<Attachment>().WithMany().HasForeignKey(d => d.AttachmentId).OnDelete(DeleteBehavior.Restrict);
    }
}
