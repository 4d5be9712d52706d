using Gatehouse.HaConfig.Storage;

namespace Gatehouse.Tests.HaConfig;

public sealed class StorageReaderTests : IDisposable
{
    private readonly TempConfigFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Read_AuthStorage_ReadsUsersAndIgnoresTokens()
    {
        _folder.Storage("auth", """
            {"users":[
              {"id":"a1","group_ids":["system-admin"],"is_owner":true,"is_active":true,"name":"Alice","system_generated":false},
              {"id":"s1","group_ids":["system-admin"],"is_owner":false,"is_active":true,"name":"Supervisor","system_generated":true},
              {"id":"b1","group_ids":["system-users"],"is_owner":false,"is_active":false,"name":"Bob","system_generated":false}],
             "refresh_tokens":[{"id":"t","user_id":"a1","token":"LIVE-TOKEN","jwt_key":"LIVE-KEY"}]}
            """);

        var users = new StorageReader(_folder.Folder).Read(AuthStorage.Key, AuthStorage.Users).Value!;

        Assert.Equal(["Alice", "Supervisor", "Bob"], users.Select(u => u.Name));
        Assert.True(users[0].IsAdmin && users[0].IsPerson);
        Assert.False(users[1].IsPerson);
        Assert.False(users[2].IsPerson);
    }

    [Fact]
    public void Read_TotpModule_ReturnsUserIdsOnly()
    {
        _folder.Storage("auth_module.totp", """{"users":{"a1":"JBSWY3DPEHPK3PXP","b1":"KRSXG5CTMVRXEZLU"}}""");

        var ids = new StorageReader(_folder.Folder).Read("auth_module.totp", MfaStorage.EnrolledUserIds).Value!;

        Assert.Equal(["a1", "b1"], ids.Order());
    }

    [Fact]
    public void Read_MissingFile_IsAbsentNotAProblem()
    {
        var read = new StorageReader(_folder.Folder).Read("auth", AuthStorage.Users);

        Assert.True(read.Missing);
        Assert.Null(read.Problem);
    }

    [Theory]
    [InlineData("{\"version\":1,\n\"data\":{\"users\":[{\"id\":\"a\",}")]
    [InlineData("\0\u0001binary")]
    [InlineData("")]
    public void Read_MalformedJson_IsAProblemNamingTheFile(string content)
    {
        _folder.Write(".storage/auth", content);

        var read = new StorageReader(_folder.Folder).Read("auth", AuthStorage.Users);

        Assert.Contains(".storage/auth is not valid JSON", read.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_NoDataObject_IsAProblem()
    {
        _folder.Write(".storage/auth", "[1,2,3]");

        Assert.Contains("no \"data\" object", new StorageReader(_folder.Folder).Read("auth", AuthStorage.Users).Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_UnexpectedShape_IsAProblemNotACrash()
    {
        _folder.Storage("auth", """{"users":[{"name":"no id"}]}""");

        Assert.Contains("unexpected shape", new StorageReader(_folder.Folder).Read("auth", AuthStorage.Users).Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_StorageLinkedToOutside_IsRefused()
    {
        var outside = Path.Combine(_folder.Parent, "auth");
        File.WriteAllText(outside, """{"data":{"users":[]}}""");
        _folder.Link(".storage/auth", outside);

        Assert.Contains("outside the config folder", new StorageReader(_folder.Folder).Read("auth", AuthStorage.Users).Problem, StringComparison.Ordinal);
    }
}
