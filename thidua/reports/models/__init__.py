# Models of this app live in this package.
