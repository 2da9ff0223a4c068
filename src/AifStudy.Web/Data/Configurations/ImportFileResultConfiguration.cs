using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AifStudy.Web.Data.Configurations;

internal sealed class ImportFileResultConfiguration : IEntityTypeConfiguration<ImportFileResult>
{
    public void Configure(EntityTypeBuilder<ImportFileResult> builder)
    {
        builder.Property(f => f.Path).HasMaxLength(1000);
        builder.Property(f => f.Outcome).HasConversion<string>().HasMaxLength(16);
    }
}
