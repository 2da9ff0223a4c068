using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AifStudy.Web.Data.Configurations;

internal sealed class NoteReadingPreferenceConfiguration : IEntityTypeConfiguration<NoteReadingPreference>
{
    public void Configure(EntityTypeBuilder<NoteReadingPreference> builder)
    {
        builder.HasKey(p => new { p.LearnerId, p.NoteSlug });
        builder.Property(p => p.NoteSlug).HasMaxLength(200);
        builder.Property(p => p.Language).HasConversion<string>().HasMaxLength(16);

        builder.HasOne<Learner>().WithMany().HasForeignKey(p => p.LearnerId).OnDelete(DeleteBehavior.Cascade);
    }
}
