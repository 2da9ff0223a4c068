using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AifStudy.Web.Data.Configurations;

internal sealed class CardConfiguration : IEntityTypeConfiguration<Card>
{
    public void Configure(EntityTypeBuilder<Card> builder)
    {
        builder.Property(c => c.Key).HasMaxLength(16).IsFixedLength();
        builder.Property(c => c.NoteSlug).HasMaxLength(200);
        builder.Property(c => c.Kind).HasConversion<string>().HasMaxLength(24);
        builder.Property(c => c.SectionAnchor).HasMaxLength(300);

        builder.HasIndex(c => c.Key).IsUnique();
        // (NoteId, Position) also serves lookups by note; it is the order new cards are introduced in.
        builder.HasIndex(c => new { c.NoteId, c.Position });
        // Burying finds a reviewed card's siblings by note and subject (SiblingQueries.BuriedIds); it also serves
        // lookups by note slug.
        builder.HasIndex(c => new { c.NoteSlug, c.Subject });
        builder.HasIndex(c => c.RetiredAt);
        builder.HasIndex(c => c.Domain);

        // Cards outlive their note: history must survive a removed or renamed file.
        builder.HasOne(c => c.Note)
            .WithMany()
            .HasForeignKey(c => c.NoteId)
            .OnDelete(DeleteBehavior.SetNull);
    }
}
