using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AifStudy.Web.Data.Configurations;

internal sealed class NoteConfiguration : IEntityTypeConfiguration<Note>
{
    public void Configure(EntityTypeBuilder<Note> builder)
    {
        builder.Property(n => n.Slug).HasMaxLength(200);
        builder.Property(n => n.SourcePath).HasMaxLength(1000);
        builder.Property(n => n.ContentHash).HasMaxLength(64).IsFixedLength();
        builder.Property(n => n.Languages).HasMaxLength(100);
        builder.Property(n => n.ParserVersion).HasMaxLength(32);
        builder.Property(n => n.CardsVersion).HasMaxLength(32);

        builder.HasIndex(n => n.Slug).IsUnique();
        builder.HasIndex(n => n.SourcePath).IsUnique();
        builder.HasIndex(n => n.Domain);

        builder.HasMany(n => n.Sections)
            .WithOne(s => s.Note)
            .HasForeignKey(s => s.NoteId)
            .OnDelete(DeleteBehavior.Cascade);
    }
}
