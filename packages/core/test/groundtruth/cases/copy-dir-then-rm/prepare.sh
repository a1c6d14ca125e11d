mkdir -p assets && head -c 2097152 /dev/urandom > assets/big.bin && head -c 1000 /dev/urandom > assets/small.txt
