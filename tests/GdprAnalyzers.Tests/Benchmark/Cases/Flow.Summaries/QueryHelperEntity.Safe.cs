// benchmark: safe GDPR001
// The same query helper (the users loaded explicitly); the scan logs the library's own name and folder, which are not
// personal data although the library carries its users.
using System.Collections.Generic;
using System.Threading.Tasks;
using GdprAnalyzers.Annotations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

public sealed class AppUser
{
    public int Id { get; set; }
    [PersonalData] public string Email { get; set; } = "";
}

public sealed class Library
{
    public int Id { get; set; }
    public string Name { get; set; } = "";
    public string Folder { get; set; } = "";
    public List<AppUser> AppUsers { get; set; } = new();
}

public sealed class LibraryDb : DbContext
{
    public DbSet<Library> Libraries => Set<Library>();
}

public sealed class LibraryRepository
{
    private readonly LibraryDb db;

    public LibraryRepository(LibraryDb db) => this.db = db;

    public async Task<Library?> GetWithUsersAsync(int id)
    {
        Library? library = await db.Libraries.FindAsync(id);
        if (library != null)
        {
            await db.Entry(library).Collection(l => l.AppUsers).LoadAsync();
        }

        return library;
    }
}

public sealed class LibraryScanner
{
    private readonly LibraryRepository repository;
    private readonly ILogger<LibraryScanner> logger;

    public LibraryScanner(LibraryRepository repository, ILogger<LibraryScanner> logger)
    {
        this.repository = repository;
        this.logger = logger;
    }

    public async Task ScanAsync(int libraryId)
    {
        Library? library = await repository.GetWithUsersAsync(libraryId);
        if (library is null)
        {
            return;
        }

        logger.LogInformation(
            "Scanning {Name} in {Folder} for {Count} users", library.Name, library.Folder, library.AppUsers.Count);
    }
}
