head -c 1048576 /dev/urandom > app.bin
