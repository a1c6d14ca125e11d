head -c 4194304 /dev/urandom > big.bin
