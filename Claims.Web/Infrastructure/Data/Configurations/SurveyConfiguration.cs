using Claims.Domain.Surveys;
using Claims.Web.Features.Surveys;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Claims.Web.Infrastructure.Data.Configurations;

public sealed class SurveyConfiguration : IEntityTypeConfiguration<Survey>
{
    public void Configure(EntityTypeBuilder<Survey> builder)
    {
        builder.ToTable("Surveys", "customers");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Context).HasConversion<string>().HasMaxLength(20);
        builder.Property(s => s.Subject).HasConversion<string>().HasMaxLength(20);
        builder.Property(s => s.SubjectKey).HasMaxLength(100);
        builder.Property(s => s.ContextNumber).HasMaxLength(40);
        builder.Property(s => s.RegionCode).HasMaxLength(10);
        builder.OwnsOne(s => s.Answers, a =>
        {
            a.Property(x => x.Attention).HasColumnName("Attention");
            a.Property(x => x.Speed).HasColumnName("Speed");
            a.Property(x => x.Trustworthiness).HasColumnName("Trustworthiness");
            a.Property(x => x.Accuracy).HasColumnName("Accuracy");
            a.Property(x => x.Resourcefulness).HasColumnName("Resourcefulness");
            a.Ignore(x => x.ByQuestion);
            a.Ignore(x => x.IsValid);
        });
        builder.HasIndex(s => new { s.Context, s.ContextId, s.Subject }).IsUnique();
        builder.HasIndex(s => s.AnsweredAt);
        // Answered once, by the database: the answer's UPDATE … WHERE AnsweredAt IS NULL finds no row for the second of two parallel posts.
        builder.Property(s => s.AnsweredAt).IsConcurrencyToken();
    }
}
