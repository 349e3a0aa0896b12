// Test files run quietly unless a developer asks for logs.
process.env.NODE_ENV = 'test';
