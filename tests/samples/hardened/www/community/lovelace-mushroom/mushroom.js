console.info("sample placeholder");
