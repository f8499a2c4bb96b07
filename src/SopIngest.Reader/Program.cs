using SopIngest.Isolation.Child;

// The reader process that sopingest and the service start to read untrusted documents (see SopIngest.Isolation).
return await ReaderHost.RunAsync();
