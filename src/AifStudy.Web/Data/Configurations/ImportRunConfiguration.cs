using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AifStudy.Web.Data.Configurations;

internal sealed class ImportRunConfiguration : IEntityTypeConfiguration<ImportRun>
{
    public void Configure(EntityTypeBuilder<ImportRun> builder)
    {
        builder.Property(r => r.ContentPath).HasMaxLength(1000);

        builder.HasMany(r => r.Files)
            .WithOne()
            .HasForeignKey(f => f.ImportRunId)
            .OnDelete(DeleteBehavior.Cascade);
    }
}
