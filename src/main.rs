fn main() {
    casevoice::start();
}
