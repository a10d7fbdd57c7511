using GovReportGen.IO;
using GovReportGen.Tests.EndToEnd;

namespace GovReportGen.Tests.IO;

/// <summary>Both modes of <see cref="AtomicFile"/>: what happens to an existing file, and that no temporary file outlives a call.</summary>
public class AtomicFileTests
{
    private static string[] Names(string folder) =>
        Directory.GetFiles(folder).Select(f => Path.GetFileName(f)!).Order(StringComparer.Ordinal).ToArray();

    [Fact]
    public void Create_new_writes_the_bytes_and_refuses_an_existing_file()
    {
        using var temp = new TempFolder("atomic");
        var path = temp.Sub("2024.yaml");

        Assert.True(AtomicFile.TryCreateNew(path, "a: 1\n"u8));
        Assert.False(AtomicFile.TryCreateNew(path, "a: 2\n"u8));

        Assert.Equal("a: 1\n"u8.ToArray(), File.ReadAllBytes(path));
        Assert.Equal(new[] { "2024.yaml" }, Names(temp.Path));
    }

    [Fact]
    public void Create_new_does_not_create_a_missing_folder()
    {
        using var temp = new TempFolder("atomic");

        Assert.Throws<DirectoryNotFoundException>(() => AtomicFile.TryCreateNew(temp.Sub("missing", "2024.yaml"), "a: 1\n"u8));
        Assert.Empty(Directory.GetFileSystemEntries(temp.Path));
    }

    [Fact]
    public void Concurrent_creators_of_one_path_leave_exactly_one_complete_file()
    {
        using var temp = new TempFolder("atomic");
        var path = temp.Sub("2024.yaml");
        var contents = Enumerable.Range(0, 16).Select(i => new string((char)('a' + i), 64 * 1024) + "\n").ToArray();

        var created = new bool[contents.Length];
        Parallel.For(0, contents.Length, i => created[i] = AtomicFile.TryCreateNew(path, System.Text.Encoding.UTF8.GetBytes(contents[i])));

        var winner = Assert.Single(Enumerable.Range(0, contents.Length), i => created[i]);
        Assert.Equal(contents[winner], File.ReadAllText(path));
        Assert.Equal(new[] { "2024.yaml" }, Names(temp.Path));
    }

    [Fact]
    public void Replace_overwrites_and_creates_missing_folders()
    {
        using var temp = new TempFolder("atomic");
        var path = temp.Sub("reports", "x", "2024.pdf");

        AtomicFile.Replace(path, "old"u8.ToArray());
        AtomicFile.Replace(path, "new"u8.ToArray());

        Assert.Equal("new"u8.ToArray(), File.ReadAllBytes(path));
        Assert.Equal(new[] { "2024.pdf" }, Names(Path.GetDirectoryName(path)!));
    }

    [Fact]
    public void Replace_that_fails_midway_keeps_the_old_file_and_removes_its_temporary_file()
    {
        using var temp = new TempFolder("atomic");
        var path = temp.Sub("2024.pdf");
        AtomicFile.Replace(path, "old"u8.ToArray());

        var thrown = Assert.Throws<InvalidOperationException>(() => AtomicFile.Replace(path, stream =>
        {
            stream.Write("partial"u8);
            throw new InvalidOperationException("writer failed");
        }));

        Assert.Equal("writer failed", thrown.Message);
        Assert.Equal("old"u8.ToArray(), File.ReadAllBytes(path));
        Assert.Equal(new[] { "2024.pdf" }, Names(temp.Path));
    }

    [Fact]
    public void Replace_takes_over_the_temporary_file_a_killed_run_left()
    {
        // A killed process whose id the system gave again to this one; other ids' leftovers are cleared by the output folder.
        using var temp = new TempFolder("atomic");
        var path = temp.Sub("2024.pdf");
        File.WriteAllText(temp.Sub($".2024.pdf.{Environment.ProcessId}" + AtomicFile.TempSuffix), "left by a killed run, longer than the new content");

        AtomicFile.Replace(path, "new"u8.ToArray());

        Assert.Equal("new"u8.ToArray(), File.ReadAllBytes(path));
        Assert.Equal(new[] { "2024.pdf" }, Names(temp.Path));
    }
}
